namespace Benchmarking.Engine.Ingest;

/// <summary>Why an input row was not stored. Every rejected row carries exactly one reason.</summary>
public enum RejectReason
{
    /// <summary>The record has a different number of fields than the header.</summary>
    WrongFieldCount,

    /// <summary>The record's quoting is malformed (a quote inside an unquoted field, an unterminated quote).</summary>
    MalformedQuoting,

    /// <summary>
    /// A field holds what belongs to another column (e.g. words in the numeric <c>response_tweet_id</c> column): an
    /// unquoted comma in the text shifted the fields, so the text would be silently cut short.
    /// </summary>
    MisalignedFields,

    /// <summary>The post id is empty.</summary>
    MissingId,

    /// <summary>An id is in scientific notation (e.g. Excel's <c>5.70E+17</c>): digits were lost and the id cannot be recovered.</summary>
    IdInScientificNotation,

    /// <summary>An id is not a whole number.</summary>
    IdNotInteger,

    /// <summary>The author is empty.</summary>
    EmptyAuthor,

    /// <summary>The inbound flag is not True/False.</summary>
    BadInboundFlag,

    /// <summary>The timestamp cannot be parsed.</summary>
    BadTimestamp,

    /// <summary>The same id appears earlier in the same file with identical content: the repeat is not stored again.</summary>
    DuplicateRow,

    /// <summary>The same id appears earlier in the same file with different content: only the first is kept.</summary>
    DuplicateIdConflict,

    /// <summary>The id is already in the store with different content: the stored post is kept.</summary>
    ConflictsWithStored,

    /// <summary>A JSON record lacks a required field or has it with the wrong type (the field is named in the rejection).</summary>
    MalformedRecord,

    /// <summary>A JSON line or API page is not valid JSON: every record in it is unreadable.</summary>
    MalformedJson,

    /// <summary>The API reports the post as deleted, not found or blocked: there is nothing to store.</summary>
    DeletedPost,

    /// <summary>
    /// An API record lacks a field the request did not ask for (X's <c>author_id</c> or <c>created_at</c> come only with
    /// <c>tweet.fields</c>): the whole response was requested without it.
    /// </summary>
    FieldsNotRequested,

    /// <summary>Another version of an edited post in the same response: the post is stored once, with its latest text.</summary>
    EditVersion,

    /// <summary>
    /// The post is dated before its platform existed or after the clock of the run (plus a day): a corrupt or forged
    /// date that would otherwise move the data's "as of" time and every brand's pending mentions.
    /// </summary>
    ImplausibleDate,

    /// <summary>A field holds a NUL character, which the store would cut the text at: stored, the post would lose what follows.</summary>
    NulCharacter,
}
