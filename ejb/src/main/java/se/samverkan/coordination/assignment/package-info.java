/**
 * RUG's development assignments (utvecklingsuppdrag) to the municipalities' coordination groups,
 * the groups' progress and final reports, and the region's snapshots of the submitted ones. The
 * first data that crosses tenants: see docs/architecture.md, "Shared and submitted data across
 * tenants".
 */
package se.samverkan.coordination.assignment;
