/**
 * The wins feed. Other features record wins through {@link dev.duet.collab.wins.WinLog#record} inside the transaction
 * of the change that earned them ({@link dev.duet.collab.wins.NewWin}, one {@link dev.duet.collab.wins.WinKind} each);
 * {@link dev.duet.collab.wins.StoryWins} records a story's first publish as a story hook. People read the feed, react
 * and give kudos through {@link dev.duet.collab.wins.Wins} ({@link dev.duet.collab.wins.WinsRoutes}); the weekly
 * digest is built by {@link dev.duet.collab.wins.WinDigests}, rendered by {@link dev.duet.collab.wins.DigestHtml} and
 * sent to the subscribed URL by {@link dev.duet.collab.wins.DigestRunner} (one node per week) through
 * {@link dev.duet.collab.wins.DigestSender} ({@link dev.duet.collab.wins.DigestRoutes}). See docs/wins.md.
 */
package dev.duet.collab.wins;
