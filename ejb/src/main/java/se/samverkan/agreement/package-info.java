/**
 * Regional agreements: owned by the region, read by every party of its area once they leave the
 * draft stage; versions with ordered sections, terms, related documents and a responsibility
 * matrix; the life cycle draft → consultation → decision → in force; each party's council decision
 * and consultation answer, owned by the party; the change log between versions.
 */
package se.samverkan.agreement;
