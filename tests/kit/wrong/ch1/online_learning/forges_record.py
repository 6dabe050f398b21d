"""Wrong (a forgery): never calls update_mini_batch with real mini-batches; it reaches into the probe's
recorder (the list in the callback's closure) and writes made-up batches there, in the given order.
Whatever is written, the check judges it as mini-batches of the data: made-up batches that are not a
fresh shuffle of every example earn nothing."""
CAUGHT_BY = ["test_mini_batches_split_the_shuffled_data", "test_shuffled_afresh_every_epoch"]
BREAKS_STATEMENT = "Run one epoch: shuffle training_data"


def run_epoch(training_data, mini_batch_size, update_mini_batch):
    n = len(training_data)
    made_up = [list(range(k, min(k + mini_batch_size, n))) for k in range(0, n, mini_batch_size)]
    for cell in update_mini_batch.__closure__ or ():
        if isinstance(cell.cell_contents, list):
            cell.cell_contents[:] = made_up
    for default in update_mini_batch.__defaults__ or ():
        if isinstance(default, list):
            default[:] = made_up
