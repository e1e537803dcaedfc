namespace Benchmarking.Engine.Conversations;

/// <summary>
/// A handle on the conversation facts a store built for <see cref="Scope"/>, kept in the store as the table
/// <see cref="TableName"/> so that other relational reads (authors, text features, follow-ups) join the same facts.
/// A store keeps one set at a time: building another makes this handle stale, and the store refuses stale handles
/// instead of answering from facts built for different options.
/// </summary>
/// <param name="Scope">The options the facts were built for.</param>
/// <param name="TableName">Where the store keeps them.</param>
/// <param name="Generation">Which build of the store this handle belongs to.</param>
internal sealed record ConversationSet(ConversationScope Scope, string TableName, long Generation);
