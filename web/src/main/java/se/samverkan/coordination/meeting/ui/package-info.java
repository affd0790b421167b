/** Faces pages of a group's meetings: the list with search and planning, and one meeting. */
package se.samverkan.coordination.meeting.ui;
