package uk.datashares.batch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import uk.datashares.store.EditionLoad;
import uk.datashares.store.LoadFinaliser;
import uk.datashares.store.LoadRepository;

/** Numbers repeated surrogate keys, resolves repeated references and marks the load complete. */
public final class FinaliseLoadTasklet implements Tasklet {

    private static final Logger LOG = LoggerFactory.getLogger(FinaliseLoadTasklet.class);

    private final LoadRepository loads;
    private final LoadFinaliser finaliser;

    public FinaliseLoadTasklet(LoadRepository loads, LoadFinaliser finaliser) {
        this.loads = loads;
        this.finaliser = finaliser;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        EditionLoad load = LoadOfStep.of(chunkContext.getStepContext().getStepExecution(), loads);
        finaliser.finalise(load.loadId());
        loads.complete(load.loadId());
        LOG.info("Edition {}: load {} complete", load.edition(), load.loadId());
        return RepeatStatus.FINISHED;
    }
}
