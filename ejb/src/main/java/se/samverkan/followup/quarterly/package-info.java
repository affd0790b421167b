/**
 * Quarterly quantitative indicators: the definitions RUG keeps for the area (region-owned, read
 * by every party), each party's figure per quarter (party-owned, read by the area), the CSV upload
 * that imports a whole file or nothing, and the charts and trends that compare the parties.
 */
package se.samverkan.followup.quarterly;
