package dev.duet.collab.requests;

/** A link a request brings along (a mock-up, a spreadsheet, a ticket elsewhere), with the label people read. */
public record Attachment(String label, String url) {
}
