/**
 * Deviations (avvikelser): fully handled, de-identified events a member brings to their group for
 * its own organisation; the group analyses them at a meeting and concludes on local improvement or
 * a regional system fault, which its leaders deliberately raise to RUG as a de-identified summary.
 * The figures per group and year feed the annual follow-up.
 */
package se.samverkan.deviation;
