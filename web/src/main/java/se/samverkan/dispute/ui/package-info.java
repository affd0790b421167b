/** Faces pages of disputes: a group's list and the form to open one; one dispute, escalated and resolved. */
package se.samverkan.dispute.ui;
