using Entente.Scale;
using Xunit;

namespace Entente.Tests.Scale;

/// <summary>The ordered, bounded parallel map behind <c>extract</c> and <c>ingest</c>, and the real command over it.</summary>
public sealed class OrderedParallelTests : IDisposable
{
    private readonly Entente.Tests.Storage.TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 8)]
    [InlineData(4, 64)]
    public void Results_come_back_in_source_order_whatever_the_workers_timing(int threads, int window)
    {
        // Uneven work (every third item slow) makes workers finish out of order.
        var results = OrderedParallel.Map(Enumerable.Range(0, 300), i =>
        {
            if (i % 3 == 0) Thread.SpinWait(20_000);
            return i * 2;
        }, threads, window).ToList();
        Assert.Equal(Enumerable.Range(0, 300).Select(i => i * 2), results);
        Assert.Empty(OrderedParallel.Map(Enumerable.Empty<int>(), i => i, threads, window));
    }

    [Fact]
    public void The_source_is_never_read_much_more_than_the_window_ahead_of_the_caller()
    {
        int read = 0, maxAhead = 0;
        IEnumerable<int> Source()
        {
            for (int i = 0; i < 200; i++) { Interlocked.Increment(ref read); yield return i; }
        }
        int taken = 0;
        foreach (var _ in OrderedParallel.Map(Source(), i => i, 3, 10))
        {
            taken++;
            Thread.Sleep(1); // a slow consumer, as a writer or a store commit is
            maxAhead = Math.Max(maxAhead, Volatile.Read(ref read) - taken);
        }
        Assert.Equal(200, taken);
        // The window, plus the one item the reader holds while it waits for a free slot.
        Assert.InRange(maxAhead, 1, 10 + 1);
    }

    [Fact]
    public void Each_worker_gets_its_own_map_and_uses_it_alone()
    {
        int made = 0;
        var owners = OrderedParallel.Map<int, int>(Enumerable.Range(0, 500), () =>
        {
            int me = Interlocked.Increment(ref made);
            int busy = 0;
            return i =>
            {
                // Two threads inside one worker's map at once would be a bug: its state is not shared.
                Assert.Equal(1, Interlocked.Increment(ref busy));
                Thread.SpinWait(1_000);
                Interlocked.Decrement(ref busy);
                return me;
            };
        }, 3, 12).ToList();
        Assert.Equal(3, made);
        Assert.All(owners, o => Assert.InRange(o, 1, 3));
    }

    [Fact]
    public void A_failure_in_a_map_or_in_the_source_reaches_the_caller_and_stops_the_threads()
    {
        var fromMap = Assert.Throws<InvalidOperationException>(() =>
            OrderedParallel.Map(Enumerable.Range(0, 1000), i => i == 137 ? throw new InvalidOperationException("bad item") : i, 2, 8).ToList());
        Assert.Equal("bad item", fromMap.Message);
        static IEnumerable<int> Broken()
        {
            yield return 1;
            throw new IOException("disk gone");
        }
        Assert.Equal("disk gone", Assert.Throws<IOException>(() => OrderedParallel.Map(Broken(), i => i, 2, 4).ToList()).Message);
    }

    [Fact]
    public void A_caller_that_stops_early_ends_the_reading()
    {
        int read = 0;
        IEnumerable<int> Endless()
        {
            for (int i = 0; ; i++) { Interlocked.Increment(ref read); yield return i; }
        }
        Assert.Equal([0, 1, 2, 3, 4], OrderedParallel.Map(Endless(), i => i, 2, 4).Take(5));
        int after = Volatile.Read(ref read);
        Thread.Sleep(100);
        Assert.Equal(after, Volatile.Read(ref read));
        Assert.InRange(after, 5, 5 + 4 + 1);
    }

    [Fact]
    public void Extract_writes_the_same_bytes_on_one_thread_and_on_several()
    {
        // A real process over real news: the VOA stories twice (distinct ids), one worker thread and three.
        var dump = Processes.RepeatedVoa(_temp.File("news.jsonl"), 2);
        if (dump is null) return; // ../shared absent
        string one = _temp.File("one.jsonl"), three = _temp.File("three.jsonl");
        var a = Processes.Run(TimeSpan.FromMinutes(3), "extract", dump, "--threads", "1", "-o", one);
        var b = Processes.Run(TimeSpan.FromMinutes(3), "extract", dump, "--threads", "3", "-o", three);
        Assert.True(a.ExitCode == 0 && b.ExitCode == 0, a.Stderr + b.Stderr);
        Assert.True(new FileInfo(one).Length > 100_000);
        Assert.Equal(File.ReadAllBytes(one), File.ReadAllBytes(three));
        var bad = Processes.Run(TimeSpan.FromMinutes(1), "extract", dump, "--threads", "0");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("--threads", bad.Stderr);
    }
}
