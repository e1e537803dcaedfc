namespace Benchmarking.Engine.Text;

/// <summary>
/// A text model or rules file is missing or unusable, or labelled data cannot be read. The message says which file
/// and how to fix it; it never contains post text.
/// </summary>
public sealed class TextModelException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TextModelException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public TextModelException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>Creates the exception without a message.</summary>
    public TextModelException()
    {
    }
}
