// Fixtures run side by side, one per core: most tests build a small site and wait on its files as much as they
// compute, so CI's two cores finish the suite sooner. A fixture that changes process-wide state (the current
// directory, through PortalGenCommand.RunIn) or measures the whole machine says [NonParallelizable] and runs alone.
[assembly: Parallelizable(ParallelScope.Fixtures)]
