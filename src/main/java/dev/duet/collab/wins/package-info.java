/**
 * The wins feed. Other features record wins through {@link dev.duet.collab.wins.WinLog#record} inside the transaction
 * of the change that earned them ({@link dev.duet.collab.wins.NewWin}, one {@link dev.duet.collab.wins.WinKind} each).
 */
package dev.duet.collab.wins;
