namespace Benchmarking.Engine.Text;

/// <summary>What an inbound mention asks of the brand. Questions and complaints are actionable.</summary>
public enum Intent
{
    /// <summary>None of the others (chatter, a link, a reply without content).</summary>
    Other = 0,

    /// <summary>The customer asks something (a question mark or a question opening).</summary>
    Question = 1,

    /// <summary>The customer reports a problem or is unhappy.</summary>
    Complaint = 2,

    /// <summary>The customer thanks or praises the brand.</summary>
    Praise = 3,
}
