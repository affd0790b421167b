/**
 * The economy of an action plan: cost and financing rows per year, their balance, and the split
 * of jointly allocated funds among the principals (the year-end invoice basis).
 */
package se.samverkan.plan.economy;
