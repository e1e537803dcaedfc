namespace Benchmarking.Engine.Store;

/// <summary>
/// A schema upgrade that opening a store will run: the store at <see cref="Path"/> was written by an older carebench
/// (schema <see cref="FromVersion"/>) and is brought to <see cref="ToVersion"/> in one transaction when it is opened;
/// when <see cref="RewritesPosts"/>, that rewrites its <see cref="Posts"/> posts once (time that grows with the store).
/// An interrupted upgrade leaves the store as it was; an upgraded store cannot be opened by the older carebench.
/// </summary>
/// <param name="Path">The store file.</param>
/// <param name="FromVersion">The schema version the store has.</param>
/// <param name="ToVersion">The schema version this carebench needs.</param>
/// <param name="Posts">The posts the store holds.</param>
/// <param name="RewritesPosts">Whether the upgrade copies every post, rather than only changing the schema.</param>
public sealed record StoreUpgrade(string Path, int FromVersion, int ToVersion, long Posts, bool RewritesPosts);
