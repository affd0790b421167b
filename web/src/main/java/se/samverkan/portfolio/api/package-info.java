/** The REST API of the project portfolio, with its XLSX export. */
package se.samverkan.portfolio.api;
