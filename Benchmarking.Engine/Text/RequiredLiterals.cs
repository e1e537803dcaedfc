using System.Globalization;

namespace Benchmarking.Engine.Text;

/// <summary>
/// Literal strings a regular expression cannot match without: for a pattern (or an alternation of patterns), a set of
/// strings such that every match contains at least one of them (as written; the caller compares them case-insensitively
/// when the pattern is). Derived from the pattern's syntax: a fixed run of characters gives the strings it can spell
/// (<c>deliver(y|ed)?</c> → deliver, delivery, delivered), an alternation the union of its branches' sets, a sequence
/// the best set of any of its parts, and a part that can match many strings (<c>\d+</c>, <c>[a-z ]{1,30}</c>, <c>.*</c>)
/// gives none of its own. When nothing is required, or the pattern uses syntax this reader does not know
/// (look-arounds, back-references, inline options, named groups), the answer is <c>null</c>: no literal can be
/// trusted, so the caller always runs the pattern.
/// </summary>
internal static class RequiredLiterals
{
    /// <summary>Above this many strings a fixed run stops being spelled out (its set is used as it is).</summary>
    private const int MaxExact = 256;

    /// <summary>Above this many characters a character class counts as any character.</summary>
    private const int MaxClass = 10;

    /// <summary>The strings one of which every match of any of <paramref name="patterns"/> contains, or null when there are none.</summary>
    public static IReadOnlyList<string>? Of(IReadOnlyList<string> patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        var all = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pattern in patterns)
        {
            if (Of(pattern) is not { } required)
            {
                return null;
            }

            all.UnionWith(required);
        }

        return all.Count == 0 ? null : [.. all.Order(StringComparer.Ordinal)];
    }

    /// <summary>The strings one of which every match of <paramref name="pattern"/> contains, or null when there are none.</summary>
    public static IReadOnlyList<string>? Of(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        try
        {
            var parser = new Parser(pattern);
            var node = parser.Alternation();
            return parser.AtEnd && Required(node) is { } required ? [.. required.Order(StringComparer.Ordinal)] : null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>
    /// What is known of a part of a pattern: <see cref="Exact"/>, every string it can match (a finite set); or, when not
    /// finite, <see cref="AnyOf"/>, strings one of which each of its matches contains (null: nothing is known).
    /// </summary>
    private sealed record Node(HashSet<string>? Exact, IReadOnlyCollection<string>? AnyOf)
    {
        public static readonly Node Unknown = new(null, null);

        public static readonly Node Empty = Of(string.Empty);

        public static Node Of(params string[] strings) => new(new HashSet<string>(strings, StringComparer.Ordinal), null);
    }

    private static IReadOnlyCollection<string>? Required(Node node) =>
        node.Exact is { } exact ? (exact.Contains(string.Empty) ? null : exact) : node.AnyOf;

    /// <summary>The more selective of two required sets: longer shortest string, then fewer strings.</summary>
    private static IReadOnlyCollection<string>? Better(IReadOnlyCollection<string>? a, IReadOnlyCollection<string>? b)
    {
        if (a is null || b is null)
        {
            return a ?? b;
        }

        var (shortestA, shortestB) = (a.Min(s => s.Length), b.Min(s => s.Length));
        return shortestA != shortestB ? (shortestA > shortestB ? a : b) : (a.Count <= b.Count ? a : b);
    }

    private sealed class Parser(string pattern)
    {
        private int at;

        public bool AtEnd => at == pattern.Length;

        private char Peek => at < pattern.Length ? pattern[at] : '\0';

        public Node Alternation()
        {
            var branches = new List<Node> { Sequence() };
            while (at < pattern.Length && pattern[at] == '|')
            {
                at++;
                branches.Add(Sequence());
            }

            if (branches.Count == 1)
            {
                return branches[0];
            }

            if (branches.All(b => b.Exact is not null) && branches.Sum(b => b.Exact!.Count) <= MaxExact)
            {
                return new Node([.. branches.SelectMany(b => b.Exact!)], null);
            }

            var any = new HashSet<string>(StringComparer.Ordinal);
            foreach (var branch in branches)
            {
                if (Required(branch) is not { } required)
                {
                    return Node.Unknown;
                }

                any.UnionWith(required);
            }

            return new Node(null, any);
        }

        private Node Sequence()
        {
            // The fixed run being spelled out, and the best required set of the parts before it.
            var run = new HashSet<string>([string.Empty], StringComparer.Ordinal);
            IReadOnlyCollection<string>? best = null;
            var exact = true;
            while (at < pattern.Length && pattern[at] is not ('|' or ')'))
            {
                var part = Quantified(Atom());
                if (part.Exact is { } strings && (long)run.Count * strings.Count <= MaxExact)
                {
                    run = [.. run.SelectMany(r => strings.Select(s => r + s))];
                    continue;
                }

                exact = false;
                best = Better(best, Required(new Node(run, null)));
                if (part.Exact is not null)
                {
                    run = part.Exact;
                }
                else
                {
                    best = Better(best, part.AnyOf);
                    run = [string.Empty];
                }
            }

            return exact ? new Node(run, null) : new Node(null, Better(best, Required(new Node(run, null))));
        }

        private Node Quantified(Node atom)
        {
            if (at >= pattern.Length)
            {
                return atom;
            }

            Node result;
            switch (pattern[at])
            {
                case '?':
                    at++;
                    result = atom.Exact is { } exact ? new Node([.. exact, string.Empty], null) : Node.Unknown;
                    break;
                case '*':
                    at++;
                    result = Node.Unknown;
                    break;
                case '+':
                    at++;
                    result = new Node(null, Required(atom));
                    break;
                case '{':
                    result = RangeMinimum() == 0 ? Node.Unknown : new Node(null, Required(atom));
                    break;
                default:
                    return atom;
            }

            if (Peek == '?')
            {
                at++; // lazy: the same strings
            }

            if (Peek is '?' or '*' or '+' or '{')
            {
                throw new NotSupportedException("a quantifier after a quantifier");
            }

            return result;
        }

        /// <summary><c>{m}</c>, <c>{m,}</c> or <c>{m,n}</c>; anything else after '{' is not read (.NET would take it literally).</summary>
        private int RangeMinimum()
        {
            var close = pattern.IndexOf('}', at);
            if (close < 0)
            {
                throw new NotSupportedException("'{' without a quantifier");
            }

            var body = pattern[(at + 1)..close];
            var parts = body.Split(',');
            if (parts.Length is < 1 or > 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var min)
                || (parts.Length == 2 && parts[1].Length > 0 && !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out _)))
            {
                throw new NotSupportedException("'{' without a quantifier");
            }

            at = close + 1;
            return min;
        }

        private Node Atom()
        {
            var c = pattern[at++];
            switch (c)
            {
                case '(':
                    if (Peek == '?')
                    {
                        if (at + 1 < pattern.Length && pattern[at + 1] == ':')
                        {
                            at += 2;
                        }
                        else
                        {
                            throw new NotSupportedException("a group construct other than (?:");
                        }
                    }

                    var inner = Alternation();
                    if (Peek != ')')
                    {
                        throw new NotSupportedException("an unclosed group");
                    }

                    at++;
                    return inner;
                case '[':
                    return Class();
                case '\\':
                    return Escape();
                case '^' or '$':
                    return Node.Empty;
                case '.':
                    return Node.Unknown;
                case '?' or '*' or '+' or '{' or ')':
                    throw new NotSupportedException($"'{c}' where a character is expected");
                default:
                    return Node.Of(c.ToString());
            }
        }

        private Node Escape()
        {
            if (at >= pattern.Length)
            {
                throw new NotSupportedException("a trailing backslash");
            }

            var c = pattern[at++];
            return c switch
            {
                'b' or 'B' or 'A' or 'z' or 'Z' or 'G' => Node.Empty,
                'd' or 'D' or 'w' or 'W' or 's' or 'S' => Node.Unknown,
                _ => Node.Of(EscapedChar(c).ToString()),
            };
        }

        /// <summary>The character an escape other than a class or an anchor stands for (after the backslash).</summary>
        private char EscapedChar(char c)
        {
            switch (c)
            {
                case 'u':
                    return Hex(4);
                case 'x':
                    return Hex(2);
                case 'n':
                    return '\n';
                case 't':
                    return '\t';
                case 'r':
                    return '\r';
                case 'f':
                    return '\f';
                case 'v':
                    return '\v';
                case 'e':
                    return '\u001B';
                case 'a':
                    return '\a';
                default:
                    if (char.IsAsciiLetterOrDigit(c) || c == '_')
                    {
                        // Back-references, \p{…}, \k<…>, \c…: not read.
                        throw new NotSupportedException($"the escape \\{c}");
                    }

                    return c;
            }
        }

        private char Hex(int digits)
        {
            if (at + digits > pattern.Length || !int.TryParse(pattern.AsSpan(at, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                throw new NotSupportedException("a malformed hex escape");
            }

            at += digits;
            return (char)code;
        }

        /// <summary>A character class: its characters when it is a short positive list, else any character.</summary>
        private Node Class()
        {
            var negated = Peek == '^';
            if (negated)
            {
                at++;
            }

            var chars = new HashSet<char>();
            var unknown = negated;
            var first = true;
            while (true)
            {
                if (at >= pattern.Length)
                {
                    throw new NotSupportedException("an unclosed class");
                }

                var c = pattern[at++];
                if (c == ']' && !first)
                {
                    break;
                }

                first = false;
                char low;
                if (c == '\\')
                {
                    if (at >= pattern.Length)
                    {
                        throw new NotSupportedException("a trailing backslash");
                    }

                    var e = pattern[at++];
                    if (e is 'd' or 'D' or 'w' or 'W' or 's' or 'S')
                    {
                        unknown = true;
                        continue;
                    }

                    low = e == 'b' ? '\b' : EscapedChar(e);
                }
                else if (c == '[')
                {
                    throw new NotSupportedException("a class subtraction or nested class");
                }
                else
                {
                    low = c;
                }

                if (Peek == '-' && at + 1 < pattern.Length && pattern[at + 1] != ']')
                {
                    at++;
                    var h = pattern[at++];
                    if (h is '\\' or '[')
                    {
                        throw new NotSupportedException("an escaped range end");
                    }

                    if (h < low)
                    {
                        throw new NotSupportedException("a reversed range");
                    }

                    if (h - low >= MaxClass)
                    {
                        unknown = true;
                        continue;
                    }

                    for (var x = low; x <= h; x++)
                    {
                        chars.Add(x);
                    }
                }
                else
                {
                    chars.Add(low);
                }
            }

            return unknown || chars.Count > MaxClass || chars.Count == 0 ? Node.Unknown : new Node([.. chars.Select(x => x.ToString())], null);
        }
    }
}
