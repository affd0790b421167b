/** REST resources for the groups' local analyses per year and the completed analyses of a year. */
package se.samverkan.coordination.analysis.api;
