namespace Benchmarking.Engine.Simulation;

/// <summary>
/// The draws the simulator needs, on top of one seeded <see cref="Random"/> so a seed fixes every value. Not thread-safe.
/// </summary>
internal sealed class SimRandom(int seed)
{
    private readonly Random random = new(seed);
    private double spareNormal;
    private bool hasSpare;

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => random.NextDouble();

    /// <summary>Uniform integer in [0, <paramref name="maxExclusive"/>).</summary>
    public int Next(int maxExclusive) => random.Next(maxExclusive);

    /// <summary>Uniform in [<paramref name="min"/>, <paramref name="max"/>).</summary>
    public double Uniform(double min, double max) => min + ((max - min) * random.NextDouble());

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool Chance(double p) => random.NextDouble() < p;

    /// <summary>Standard normal, by Marsaglia's polar method (two values per accepted pair).</summary>
    public double Normal()
    {
        if (hasSpare)
        {
            hasSpare = false;
            return spareNormal;
        }

        double u, v, s;
        do
        {
            u = (2 * random.NextDouble()) - 1;
            v = (2 * random.NextDouble()) - 1;
            s = (u * u) + (v * v);
        }
        while (s >= 1 || s == 0);

        var factor = Math.Sqrt(-2 * Math.Log(s) / s);
        spareNormal = v * factor;
        hasSpare = true;
        return u * factor;
    }

    /// <summary>
    /// Log-normal exp(mu + sigma·Z) conditioned on being at most <paramref name="max"/>, by rejection (the caller keeps
    /// the acceptance probability Φ((ln max − mu)/sigma) at one half or more).
    /// </summary>
    public double TruncatedLogNormal(double mu, double sigma, double max)
    {
        var zMax = (Math.Log(max) - mu) / sigma;
        while (true)
        {
            var z = Normal();
            if (z <= zMax)
            {
                return Math.Exp(mu + (sigma * z));
            }
        }
    }

    /// <summary>
    /// Poisson count with mean <paramref name="lambda"/>: exact (Knuth's product method) below 30, otherwise the normal
    /// approximation rounded to a non-negative integer.
    /// </summary>
    public int Poisson(double lambda)
    {
        if (lambda <= 0)
        {
            return 0;
        }

        if (lambda < 30)
        {
            var limit = Math.Exp(-lambda);
            var product = random.NextDouble();
            var k = 0;
            while (product > limit)
            {
                k++;
                product *= random.NextDouble();
            }

            return k;
        }

        return (int)Math.Max(0, Math.Round(lambda + (Math.Sqrt(lambda) * Normal())));
    }
}
