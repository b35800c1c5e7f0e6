using System.Runtime.ExceptionServices;

namespace Entente.Scale;

/// <summary>
/// Maps a stream over several threads and gives the results back in input order, holding at most a bounded window of
/// items in flight: one thread reads the source, <c>threads</c> workers map, and the caller's thread takes the results.
/// Reading and the caller's own work (say writing the output) overlap the mapping, and memory stays flat whatever the
/// source's length, which PLINQ's ordered merge does not promise.
/// </summary>
internal static class OrderedParallel
{
    /// <summary>
    /// The results of the workers' maps over <paramref name="source"/>, in source order. <paramref name="mapper"/>
    /// is called once on each worker thread to make that worker's map (so a worker can own scratch state such as a writer);
    /// at most <paramref name="window"/> items are read ahead of the one the caller is taking. The first exception thrown
    /// by the source or a map is rethrown to the caller; abandoning the enumeration stops the threads.
    /// </summary>
    public static IEnumerable<TOut> Map<TIn, TOut>(IEnumerable<TIn> source, Func<Func<TIn, TOut>> mapper, int threads, int window)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(mapper);
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, threads);
        return Run(source, mapper, threads, window);
    }

    /// <summary>The same with one map shared by all workers (it must be thread-safe).</summary>
    public static IEnumerable<TOut> Map<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> map, int threads, int window) =>
        Map(source, () => map, threads, window);

    private static IEnumerable<TOut> Run<TIn, TOut>(IEnumerable<TIn> source, Func<Func<TIn, TOut>> mapper, int threads, int window)
    {
        var state = new State<TIn, TOut>(window);
        var reader = new Thread(() => state.Read(source)) { IsBackground = true, Name = "entente reader" };
        var workers = new Thread[threads];
        for (int w = 0; w < threads; w++)
            workers[w] = new Thread(() => state.Work(mapper)) { IsBackground = true, Name = "entente worker" };
        reader.Start();
        foreach (var worker in workers) worker.Start();
        try
        {
            for (long next = 0; ; next++)
            {
                if (!state.Take(next, out var result)) break;
                yield return result;
            }
        }
        finally
        {
            state.Stop();
            reader.Join();
            foreach (var worker in workers) worker.Join();
        }
        state.Rethrow();
    }

    /// <summary>
    /// The shared state: a ring of <c>window</c> slots; item n lives in slot n mod window from when it is read until the
    /// caller takes its result, so the reader waits while the ring is full and nothing else is needed to bound memory.
    /// </summary>
    private sealed class State<TIn, TOut>(int window)
    {
        private readonly TIn[] _inputs = new TIn[window];
        private readonly TOut[] _outputs = new TOut[window];
        private readonly bool[] _done = new bool[window];
        private readonly object _gate = new();
        private long _read;      // items read so far (the next item's number)
        private long _assigned;  // items handed to workers
        private long _taken;     // results taken by the caller
        private bool _end, _stopped;
        private ExceptionDispatchInfo? _error;

        public void Read(IEnumerable<TIn> source)
        {
            try
            {
                foreach (var item in source)
                {
                    lock (_gate)
                    {
                        while (_read - _taken >= window && !_stopped) Monitor.Wait(_gate);
                        if (_stopped) return;
                        long n = _read++;
                        _inputs[n % window] = item;
                        Monitor.PulseAll(_gate);
                    }
                }
            }
            catch (Exception e)
            {
                Fail(e);
            }
            finally
            {
                lock (_gate) { _end = true; Monitor.PulseAll(_gate); }
            }
        }

        public void Work(Func<Func<TIn, TOut>> mapper)
        {
            try
            {
                var map = mapper();
                while (true)
                {
                    long n;
                    TIn item;
                    lock (_gate)
                    {
                        while (_assigned == _read && !_end && !_stopped) Monitor.Wait(_gate);
                        if (_stopped || _assigned == _read) return;
                        n = _assigned++;
                        int slot = (int)(n % window);
                        item = _inputs[slot];
                        _inputs[slot] = default!;
                    }
                    var result = map(item);
                    lock (_gate)
                    {
                        int slot = (int)(n % window);
                        _outputs[slot] = result;
                        _done[slot] = true;
                        Monitor.PulseAll(_gate);
                    }
                }
            }
            catch (Exception e)
            {
                Fail(e);
            }
        }

        /// <summary>Waits for result <paramref name="n"/>; false at the end of the source or after a failure.</summary>
        public bool Take(long n, out TOut result)
        {
            lock (_gate)
            {
                int slot = (int)(n % window);
                while (!_done[slot] && !_stopped && !(_end && n >= _read)) Monitor.Wait(_gate);
                if (!_done[slot] || _stopped)
                {
                    result = default!;
                    return false;
                }
                result = _outputs[slot];
                _outputs[slot] = default!;
                _done[slot] = false;
                _taken = n + 1;
                Monitor.PulseAll(_gate);
                return true;
            }
        }

        public void Stop()
        {
            lock (_gate) { _stopped = true; Monitor.PulseAll(_gate); }
        }

        public void Rethrow() => _error?.Throw();

        private void Fail(Exception e)
        {
            lock (_gate)
            {
                _error ??= ExceptionDispatchInfo.Capture(e);
                _stopped = true;
                Monitor.PulseAll(_gate);
            }
        }
    }
}
