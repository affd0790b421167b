/** Faces pages of the project portfolio: the filtered overview with its charts, a project, and the export. */
package se.samverkan.portfolio.ui;
