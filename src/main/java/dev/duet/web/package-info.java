/**
 * HTTP plumbing shared by every feature and knowing none of them: the Javalin server, JSON configuration and body
 * reading, paging, parameters and the one mapping from failures to statuses and JSON bodies.
 */
package dev.duet.web;
