namespace Benchmarking.Engine.Text;

/// <summary>One labelled post of a file read by <see cref="LabelledTextFile"/>: its line, text and label as written.</summary>
internal sealed record LabelledText(long Line, string Text, string Label);
