namespace Benchmarking.Engine.Simulation;

/// <summary>
/// One post of the conversation being generated; its id is the conversation's first id plus its index, its parent the
/// post before it.
/// </summary>
/// <param name="Time">Created-at, in seconds since the Unix epoch (UTC).</param>
/// <param name="Inbound">True for the customer, false for the brand.</param>
/// <param name="Phrase">Index of its text in the phrase list for its role.</param>
/// <param name="SignOff">Agent initials as 26·first + second letter, or −1 for none.</param>
internal readonly record struct ConversationTurn(long Time, bool Inbound, int Phrase, int SignOff);
