/**
 * The pages of the quarterly indicators: the list with the latest figures and the upload form,
 * an indicator's chart and trends, and the upload servlet behind the plain form.
 */
package se.samverkan.followup.quarterly.ui;
