/**
 * Time as the application sees it, and the work that comes due with it. Reminders and deadlines
 * read one {@link java.time.Clock}; the platform runs every {@link
 * se.samverkan.platform.time.ScheduledWork} on a schedule. In the test profile the clock can be
 * moved ({@link se.samverkan.platform.time.TimeTravel}), so a reminder due in 2029 is tested
 * today, against the real server.
 */
package se.samverkan.platform.time;
