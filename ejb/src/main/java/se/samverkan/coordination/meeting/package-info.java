/**
 * A coordination group's meetings: the plan, the agenda (the agreement's standing items and the
 * group's own), attendance, minutes per agenda item that are drafted and then approved for the
 * group, and the action items decided on, which follow the group from meeting to meeting until
 * they are done.
 */
package se.samverkan.coordination.meeting;
