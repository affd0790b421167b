/**
 * Disputes (tvister): questions the principals cannot agree on, resolved in the line. Each
 * municipality keeps its escalation ladder (steps with a deadline in days, the agreement's three by
 * default); a dispute climbs it step by step, each step with its own people, deadline and outcome,
 * until it is resolved. A step past its deadline reminds its people once and flags the dispute.
 */
package se.samverkan.dispute;
