"""llama.cpp's layer placement: which blocks -ngl and --tensor-split put where."""

from __future__ import annotations

from gpuscope.estimate.plans.placement import HOST, place


def test_ngl_offloads_the_last_blocks_and_the_output_only_when_all_are() -> None:
    p = place(32, 20, (1.0,))
    # i_gpu_start = 32 - 20 = 12: blocks 0-11 on the CPU, 12-31 on the GPU, head on the CPU
    assert p.block_device == (HOST,) * 12 + (0,) * 20
    assert p.output_device == HOST
    assert place(32, 32, (1.0,)).output_device == HOST
    full = place(32, 33, (1.0,))
    assert full.block_device == (0,) * 32 and full.output_device == 0
    assert place(32, 999, (1.0,)).gpu_layers == 33  # clamped like llama.cpp
    assert place(32, 0, (1.0,)).block_device == (HOST,) * 32


def test_even_split_of_81_layers_puts_41_blocks_on_the_first_gpu() -> None:
    # block i goes to the first GPU whose cumulative share exceeds i / 81: i / 81 < 0.5 -> i <= 40
    p = place(80, 81, (1.0, 1.0))
    assert p.block_device.count(0) == 41 and p.block_device.count(1) == 39
    assert p.block_device[:41] == (0,) * 41
    assert p.output_device == 1  # 80 / 81 >= 0.5


def test_split_proportional_to_memory() -> None:
    # 24 GiB + 12 GiB: shares 2/3 and 1/3 of 49 offloaded layers; i / 49 < 2/3 -> i <= 32
    p = place(48, 49, (24.0, 12.0))
    assert p.block_device.count(0) == 33 and p.block_device.count(1) == 15


def test_partial_offload_over_two_gpus_keeps_the_first_blocks_on_the_cpu() -> None:
    p = place(40, 20, (1.0, 1.0))
    assert p.block_device[:20] == (HOST,) * 20
    assert p.block_device[20:30] == (0,) * 10 and p.block_device[30:] == (1,) * 10
    assert p.output_device == HOST


def test_hand_overs_count_device_changes_and_expert_round_trips() -> None:
    from gpuscope.estimate.plans.placement import Blocks, hops

    blocks = Blocks((1.0,) * 4, (0.5,) * 4, (0.0,) * 4, 1.0, 1.0, 0.25)
    assert hops(place(4, 5, (1.0,)), blocks) == (0, 0)  # all on one GPU: nothing extra
    assert hops(place(4, 2, (1.0,)), blocks) == (2, 0)  # CPU -> GPU -> CPU (head)
    assert hops(place(4, 5, (1.0, 1.0)), blocks) == (0, 1)
    # experts of blocks 0 and 1 in RAM: there and back for each
    assert hops(place(4, 5, (1.0,), cpu_moe=2), blocks) == (4, 0)
