/**
 * REST API of a group's meetings and action items, under
 * {@code /api/spaces/{space}/groups/{groupId}/meetings} and {@code …/action-items}, and its
 * iCalendar feed.
 */
package se.samverkan.coordination.meeting.api;
