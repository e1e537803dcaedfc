namespace Benchmarking.Engine.Tests.Reference;

/// <summary>One TWCS row as the reference implementation sees it: structural fields parsed, text verbatim, time in UTC.</summary>
internal sealed record ReferencePost(string Id, string Author, DateTime CreatedUtc, string Text, string? ParentId);
