package uk.datashares.batch;

import org.springframework.batch.core.step.StepExecution;

import uk.datashares.store.EditionLoad;
import uk.datashares.store.LoadRepository;

/** The load of the job instance a step belongs to; the prepare step created it. */
final class LoadOfStep {

    private LoadOfStep() {
    }

    static EditionLoad of(StepExecution step, LoadRepository loads) {
        long instance = step.getJobExecution().getJobInstance().getInstanceId();
        return loads.forJobInstance(instance)
                .orElseThrow(() -> new IllegalStateException("job instance " + instance + " has no edition load; the prepare step did not run"));
    }
}
