// Each test class starts its own server process; on a shared 2-core machine they run one after another.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
