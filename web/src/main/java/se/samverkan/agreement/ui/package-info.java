/**
 * The agreements' pages under {@code /app/{space}/}: the list with search ({@code agreements}), a
 * version with its sections, matrix, adoption and answers and the forms of whoever may act on it
 * ({@code agreement}), two versions side by side ({@code agreement-compare}) and the PDF
 * ({@code agreement-pdf}).
 */
package se.samverkan.agreement.ui;
