"""Beyond one GPU: partial offload, MoE experts in RAM, multi-GPU splits, vLLM serving, the
recommendation among them, and the command line that runs each (see ``planner.make_plan``)."""
