namespace Benchmarking.Engine.Text;

/// <summary>How a conversation's sentiment moved from the mention to the customer's follow-up.</summary>
public enum Recovery
{
    /// <summary>The follow-up is more negative than the mention.</summary>
    Worsened = -1,

    /// <summary>Same class.</summary>
    Same = 0,

    /// <summary>The follow-up is more positive.</summary>
    Improved = 1,
}
