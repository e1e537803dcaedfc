namespace Benchmarking.Engine.Ingest;

/// <summary>Progress of reading one file, reported through <see cref="IProgress{T}"/>; the engine never writes to the console.</summary>
/// <param name="File">The file being read.</param>
/// <param name="BytesRead">Bytes consumed so far.</param>
/// <param name="TotalBytes">File size in bytes.</param>
/// <param name="Rows">Records read so far.</param>
public readonly record struct IngestProgress(string File, long BytesRead, long TotalBytes, long Rows);
