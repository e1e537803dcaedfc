namespace Benchmarking.Engine.Inference;

/// <summary>
/// Binomial(n, p) variates from a <see cref="ResampleRandom"/> stream in O(1) expected time: BTRD, the transformed
/// rejection with decomposition of Hörmann (1993, "The generation of binomial random variates", J. Statist. Comput.
/// Simul. 46, 101–110) when n·min(p, 1 − p) ≥ 10, and sequential inversion from 0 (expected about n·p + 1 steps) below.
/// For p &gt; ½ the variate is n − Binomial(n, 1 − p). Exact up to double rounding of the probabilities involved; the
/// distribution is tested against the exact probability mass function.
/// </summary>
/// <remarks>
/// <para><b>BTRD</b> (p ≤ ½, m = ⌊(n + 1)p⌋, r = p/(1 − p), nr = (n + 1)r, npq = np(1 − p), √npq;
/// b = 1.15 + 2.53√npq, a = −0.0873 + 0.0248b + 0.01p, c = np + ½, α = (2.83 + 5.1/b)√npq, v_r = 0.92 − 4.2/b,
/// u_rv_r = 0.86·v_r), each round drawing uniforms V, U from the stream:</para>
/// <list type="number">
/// <item>V uniform on (0, 1). If V ≤ u_rv_r: U = V/v_r − 0.43, return ⌊(2a/(½ − |U|) + b)U + c⌋ (the box of the
/// transformed hat, accepted without a test).</item>
/// <item>If V ≥ v_r: U = a new uniform − ½. Else U = V/v_r − 0.93, U = sign(U)·½ − U, V = a new uniform × v_r.</item>
/// <item>u_s = ½ − |U|, k = ⌊(2a/u_s + b)U + c⌋; if k ∉ [0, n] start again. V = V·α/(a/u_s² + b), k_m = |k − m|.
/// If k_m ≤ 15: the ratio f(k)/f(m) by the recursion f(i)/f(i − 1) = nr/i − r (the product over i = m+1..k multiplies
/// the bound, over i = k+1..m multiplies V); accept k when V ≤ that ratio, else start again.</item>
/// <item>Otherwise squeeze on ln V: ρ = (k_m/npq)(((k_m/3 + 0.625)k_m + 1/6)/npq + ½), t = −k_m²/(2npq); accept when
/// ln V &lt; t − ρ, start again when ln V &gt; t + ρ.</item>
/// <item>Else the exact test with Stirling corrections fc: n_m = n − m + 1, h = (m + ½)ln((m + 1)/(r·n_m)) + fc(m) +
/// fc(n − m), n_k = n − k + 1; accept when ln V ≤ h + (n + 1)ln(n_m/n_k) + (k + ½)ln(n_k·r/(k + 1)) − fc(k) −
/// fc(n − k), else start again.</item>
/// </list>
/// <para>fc(k) = ln k! − (k + ½)ln(k + 1) + (k + 1) − ½ln 2π, from a table for k ≤ 9 and from
/// (1/12 − (1/360 − 1/(1260(k + 1)²))/(k + 1)²)/(k + 1) above.</para>
/// <para><b>Inversion</b> (n·p &lt; 10, p ≤ ½): U uniform; x = 0, f = (1 − p)ⁿ; while U &gt; f: U −= f, x += 1,
/// f ·= (n + 1)r/x − r; return x (start again with a new U if x passes n through rounding).</para>
/// </remarks>
internal static class BinomialSampler
{
    private static readonly double[] StirlingTable = BuildStirlingTable();

    /// <summary>A Binomial(<paramref name="n"/>, <paramref name="p"/>) variate drawn from <paramref name="random"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">n is negative, or p is not a probability.</exception>
    public static int Sample(ResampleRandom random, int n, double p)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        if (!(p >= 0 && p <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "The probability must be between 0 and 1.");
        }

        if (n == 0 || p == 0)
        {
            return 0;
        }

        if (p == 1)
        {
            return n;
        }

        if (p > 0.5)
        {
            // 1 − p is exact for p in (½, 1).
            return n - Sample(random, n, 1 - p);
        }

        return n * p < 10 ? Inversion(random, n, p) : Btrd(random, n, p);
    }

    private static int Inversion(ResampleRandom random, int n, double p)
    {
        var r = p / (1 - p);
        var nr = (n + 1) * r;
        var f0 = Math.Pow(1 - p, n);
        while (true)
        {
            var u = random.NextDouble();
            var f = f0;
            var x = 0;
            while (u > f && x <= n)
            {
                u -= f;
                x++;
                f *= (nr / x) - r;
            }

            if (x <= n)
            {
                return x;
            }
        }
    }

    private static int Btrd(ResampleRandom random, int n, double p)
    {
        var m = (int)Math.Floor((n + 1) * p);
        var r = p / (1 - p);
        var nr = (n + 1) * r;
        var npq = n * p * (1 - p);
        var spq = Math.Sqrt(npq);
        var b = 1.15 + (2.53 * spq);
        var a = -0.0873 + (0.0248 * b) + (0.01 * p);
        var c = (n * p) + 0.5;
        var alpha = (2.83 + (5.1 / b)) * spq;
        var vr = 0.92 - (4.2 / b);
        var urvr = 0.86 * vr;
        while (true)
        {
            // 1: the box, accepted without a test.
            var v = random.NextDouble();
            double u;
            if (v <= urvr)
            {
                u = (v / vr) - 0.43;
                return (int)Math.Floor((((2 * a) / (0.5 - Math.Abs(u))) + b) * u + c);
            }

            // 2: a point under the hat outside the box.
            if (v >= vr)
            {
                u = random.NextDouble() - 0.5;
            }
            else
            {
                u = (v / vr) - 0.93;
                u = (Math.Sign(u) * 0.5) - u;
                v = random.NextDouble() * vr;
            }

            // 3.0: the candidate.
            var us = 0.5 - Math.Abs(u);
            var kd = Math.Floor((((2 * a) / us) + b) * u + c);
            if (kd < 0 || kd > n)
            {
                continue;
            }

            var k = (int)kd;
            v = v * alpha / ((a / (us * us)) + b);
            var km = Math.Abs(k - m);
            if (km <= 15)
            {
                // 3.1: f(k)/f(m) by the recursion.
                var f = 1.0;
                if (m < k)
                {
                    for (var i = m + 1; i <= k; i++)
                    {
                        f *= (nr / i) - r;
                    }
                }
                else if (m > k)
                {
                    for (var i = k + 1; i <= m; i++)
                    {
                        v *= (nr / i) - r;
                    }
                }

                if (v <= f)
                {
                    return k;
                }

                continue;
            }

            // 3.2: squeeze on ln V.
            v = Math.Log(v);
            var rho = (km / npq) * ((((km / 3.0) + 0.625) * km + (1.0 / 6.0)) / npq + 0.5);
            var t = -(double)km * km / (2 * npq);
            if (v < t - rho)
            {
                return k;
            }

            if (v > t + rho)
            {
                continue;
            }

            // 3.3–3.4: the exact test.
            var nm = n - m + 1.0;
            var h = ((m + 0.5) * Math.Log((m + 1) / (r * nm))) + Stirling(m) + Stirling(n - m);
            var nk = n - k + 1.0;
            if (v <= h + ((n + 1) * Math.Log(nm / nk)) + ((k + 0.5) * Math.Log(nk * r / (k + 1))) - Stirling(k) - Stirling(n - k))
            {
                return k;
            }
        }
    }

    /// <summary>fc(k) = ln k! − (k + ½)ln(k + 1) + (k + 1) − ½ln 2π, the error of Stirling's formula for ln k!.</summary>
    internal static double Stirling(int k)
    {
        if (k < StirlingTable.Length)
        {
            return StirlingTable[k];
        }

        var k1 = k + 1.0;
        var k2 = k1 * k1;
        return ((1.0 / 12) - (((1.0 / 360) - (1.0 / 1260 / k2)) / k2)) / k1;
    }

    private static double[] BuildStirlingTable()
    {
        var table = new double[10];
        var logFactorial = 0.0;
        for (var k = 0; k < table.Length; k++)
        {
            logFactorial += k > 0 ? Math.Log(k) : 0;
            table[k] = logFactorial - ((k + 0.5) * Math.Log(k + 1)) + (k + 1) - (0.5 * Math.Log(2 * Math.PI));
        }

        return table;
    }
}
