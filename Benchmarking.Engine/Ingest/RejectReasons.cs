namespace Benchmarking.Engine.Ingest;

/// <summary>Stable codes and fix hints for <see cref="RejectReason"/>, as written to rejects files and reports.</summary>
public static class RejectReasons
{
    /// <summary>The stable kebab-case code, e.g. <c>bad-timestamp</c>.</summary>
    public static string Code(this RejectReason reason) => reason switch
    {
        RejectReason.WrongFieldCount => "wrong-field-count",
        RejectReason.MalformedQuoting => "malformed-quoting",
        RejectReason.MisalignedFields => "misaligned-fields",
        RejectReason.MissingId => "missing-id",
        RejectReason.IdInScientificNotation => "id-scientific-notation",
        RejectReason.IdNotInteger => "id-not-integer",
        RejectReason.EmptyAuthor => "empty-author",
        RejectReason.BadInboundFlag => "bad-inbound-flag",
        RejectReason.BadTimestamp => "bad-timestamp",
        RejectReason.DuplicateRow => "duplicate-row",
        RejectReason.DuplicateIdConflict => "duplicate-id-conflict",
        RejectReason.ConflictsWithStored => "conflicts-with-stored",
        RejectReason.MalformedRecord => "malformed-record",
        RejectReason.MalformedJson => "malformed-json",
        RejectReason.DeletedPost => "deleted-post",
        RejectReason.FieldsNotRequested => "fields-not-requested",
        RejectReason.EditVersion => "edit-version",
        RejectReason.ImplausibleDate => "implausible-date",
        RejectReason.NulCharacter => "nul-character",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };

    /// <summary>How a user fixes rows rejected for this reason.</summary>
    public static string Fix(this RejectReason reason) => reason switch
    {
        RejectReason.WrongFieldCount => "check the delimiter and quoting of this line; every record needs as many fields as the header",
        RejectReason.MalformedQuoting => "quote fields that contain quotes, commas or line breaks, doubling inner quotes (RFC 4180)",
        RejectReason.MisalignedFields => "quote the text field (it probably contains an unquoted comma); the id columns must hold only digits and commas",
        RejectReason.MissingId => "every post needs its platform id; restore it from the original export",
        RejectReason.IdInScientificNotation => "the file was re-saved by a spreadsheet that rounded the id; re-export it from the source without opening it in Excel, or format the id columns as text",
        RejectReason.IdNotInteger => "ids must be whole numbers (a trailing .0 written by pandas is accepted)",
        RejectReason.EmptyAuthor => "every post needs its author handle or id",
        RejectReason.BadInboundFlag => "use True or False",
        RejectReason.BadTimestamp => "use the TWCS form 'Tue Oct 31 22:10:47 +0000 2017' or ISO 8601 with an offset ('2017-10-31T22:10:47+00:00')",
        RejectReason.DuplicateRow => "nothing to fix: the repeat is identical to an earlier row and was counted once",
        RejectReason.DuplicateIdConflict => "two rows share one id but differ; keep the correct one in the source file",
        RejectReason.ConflictsWithStored => "the store already holds this id with other content; if the new data is right, start a new store (--store) or remove the old source",
        RejectReason.MalformedRecord => "the record lacks the named field or has it with the wrong type; re-export it from the API with the fields CareBench needs (docs/pulls.md)",
        RejectReason.MalformedJson => "the line or page is not valid JSON; re-export it, or delete the damaged line (JSONL holds one JSON object per line)",
        RejectReason.DeletedPost => "nothing to fix: the platform no longer serves this post (deleted, suspended or blocked)",
        RejectReason.FieldsNotRequested => "the request did not ask for this field; fetch again with tweet.fields=author_id,created_at,conversation_id,referenced_tweets and expansions=author_id (carebench pull does)",
        RejectReason.EditVersion => "nothing to fix: an edited post is stored once, under its first id, with the latest text the response holds",
        RejectReason.ImplausibleDate => "the date is before the platform existed or in the future; correct it in the source, or check the clock of the machine that wrote the file",
        RejectReason.NulCharacter => "the field holds NUL bytes (binary damage or a UTF-16 file); re-export the file as UTF-8 text",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };
}
