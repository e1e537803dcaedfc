using System.Text;

namespace Benchmarking.Engine.Store.ClickHouse;

/// <summary>
/// ClickHouse's TabSeparated escaping (backslash escapes for tab, line feed, carriage return, backslash and NUL) and its
/// quoted string literals, for values sent in inserts and statements and for rows read back.
/// </summary>
internal static class Tsv
{
    /// <summary>Appends <paramref name="value"/> escaped for a TSV field.</summary>
    public static void Append(StringBuilder builder, string value)
    {
        foreach (var c in value)
        {
            _ = c switch
            {
                '\\' => builder.Append(@"\\"),
                '\t' => builder.Append(@"\t"),
                '\n' => builder.Append(@"\n"),
                '\r' => builder.Append(@"\r"),
                '\0' => builder.Append(@"\0"),
                _ => builder.Append(c),
            };
        }
    }

    /// <summary><paramref name="value"/> escaped as one TSV field.</summary>
    public static string Field(string value)
    {
        var builder = new StringBuilder(value.Length);
        Append(builder, value);
        return builder.ToString();
    }

    /// <summary>A string literal (<c>'…'</c>) for SQL text and for array values in TSV.</summary>
    public static string Literal(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('\'');
        foreach (var c in value)
        {
            _ = c switch
            {
                '\\' => builder.Append(@"\\"),
                '\'' => builder.Append(@"\'"),
                '\t' => builder.Append(@"\t"),
                '\n' => builder.Append(@"\n"),
                '\r' => builder.Append(@"\r"),
                '\0' => builder.Append(@"\0"),
                _ => builder.Append(c),
            };
        }

        return builder.Append('\'').ToString();
    }

    /// <summary>An <c>Array(String)</c> literal, e.g. <c>['a','b']</c>.</summary>
    public static string ArrayLiteral(IEnumerable<string> values) => "[" + string.Join(',', values.Select(Literal)) + "]";

    /// <summary>Splits one TSV line into its unescaped fields.</summary>
    public static string[] SplitRow(string line)
    {
        var fields = line.Split('\t');
        for (var i = 0; i < fields.Length; i++)
        {
            if (fields[i].Contains('\\', StringComparison.Ordinal))
            {
                fields[i] = Unescape(fields[i]);
            }
        }

        return fields;
    }

    private static string Unescape(string field)
    {
        var builder = new StringBuilder(field.Length);
        for (var i = 0; i < field.Length; i++)
        {
            if (field[i] != '\\' || i + 1 == field.Length)
            {
                builder.Append(field[i]);
                continue;
            }

            builder.Append(field[++i] switch
            {
                't' => '\t',
                'n' => '\n',
                'r' => '\r',
                '0' => '\0',
                'b' => '\b',
                'f' => '\f',
                var other => other,
            });
        }

        return builder.ToString();
    }
}
