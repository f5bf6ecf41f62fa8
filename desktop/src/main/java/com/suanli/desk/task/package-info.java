/**
 * Work that must not run on the FX thread: a {@link com.suanli.desk.task.BackgroundTask} says what to
 * do and what to do with the outcome, a {@link com.suanli.desk.task.TaskExecutor} runs it and hands the
 * outcome back on the UI thread. The application uses {@link com.suanli.desk.task.WorkerTaskExecutor};
 * tests run tasks on the calling thread.
 *
 * <p>No JavaFX node and no trading logic here: the UI thread is whatever {@code Executor} the wiring
 * passes in ({@code Platform::runLater} in the application).
 */
package com.suanli.desk.task;
