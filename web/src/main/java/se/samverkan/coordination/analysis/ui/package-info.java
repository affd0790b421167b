/** The Faces page where a group writes, completes and reads its local analysis of a year. */
package se.samverkan.coordination.analysis.ui;
