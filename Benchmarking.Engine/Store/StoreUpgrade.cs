namespace Benchmarking.Engine.Store;

/// <summary>
/// A schema upgrade that opening a store will run: the store at <see cref="Path"/> was written by an older carebench
/// (schema <see cref="FromVersion"/>) and is brought to <see cref="ToVersion"/> in one transaction when it is opened,
/// which rewrites its <see cref="Posts"/> posts once. An interrupted upgrade leaves the store as it was.
/// </summary>
/// <param name="Path">The store file.</param>
/// <param name="FromVersion">The schema version the store has.</param>
/// <param name="ToVersion">The schema version this carebench needs.</param>
/// <param name="Posts">The posts the upgrade copies.</param>
public sealed record StoreUpgrade(string Path, int FromVersion, int ToVersion, long Posts);
