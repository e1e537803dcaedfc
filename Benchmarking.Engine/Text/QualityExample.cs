namespace Benchmarking.Engine.Text;

/// <summary>A post behind a figure, safe to print: customer handles are pseudonymised, in the author and in the text.</summary>
/// <param name="PostId">Platform id of the post.</param>
/// <param name="Author">The brand handle, or the customer's pseudonym (<c>cust-…</c>).</param>
/// <param name="CreatedAt">Publication time, UTC.</param>
/// <param name="Text">The text with every non-brand @handle replaced by its pseudonym.</param>
public sealed record QualityExample(string PostId, string Author, DateTimeOffset CreatedAt, string Text);
