namespace Benchmarking.Engine.Ingest;

/// <summary>
/// Where posts come from, as the warehouse ingests them: a TWCS file, an X API v2 JSON/JSONL file, or the landed pages of
/// one pull. Every source goes through the same staging, classification, accounting and transaction
/// (<see cref="Store.Warehouse.Ingest(IPostSource, IngestOptions, TimeProvider, IProgress{IngestProgress}?, CancellationToken, Action?, string?)"/>).
/// </summary>
internal interface IPostSource
{
    /// <summary>The path shown in accounting and rejects (an input file, or the folder of landed pages).</summary>
    string Name { get; }

    /// <summary>Detected format, e.g. <c>twcs</c>, <c>x-api-v2</c>, <c>mastodon-api</c>; final once <see cref="Read"/> has started.</summary>
    string Format { get; }

    /// <summary>The field holding the post id, named in duplicate rejections (e.g. <c>tweet_id</c>, <c>id</c>, <c>uri</c>).</summary>
    string IdField { get; }

    /// <summary>SHA-256 of the source's bytes, known once <see cref="Read"/> has been enumerated to the end.</summary>
    string? Sha256 { get; }

    /// <summary>Size of the source in bytes, known once <see cref="Read"/> has been enumerated to the end.</summary>
    long Bytes { get; }

    /// <summary>
    /// Error entries the source's API responses carried (X's <c>errors</c>), known once <see cref="Read"/> has been
    /// enumerated to the end. They are not records: <c>read = accepted + rejected</c> does not include them.
    /// </summary>
    long ApiErrors => 0;

    /// <summary>Responses that were errors as a whole, one sentence each; known once <see cref="Read"/> has finished.</summary>
    IReadOnlyList<string> Warnings => [];

    /// <summary>Reads every record as a post or a rejection; none is skipped. Throws <see cref="InputFileException"/> for an unusable source.</summary>
    IEnumerable<ReadOutcome> Read(IProgress<IngestProgress>? progress, CancellationToken cancellationToken);
}
