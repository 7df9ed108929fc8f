"""The table's sort orders: every device by its value, devices of equal value in the order they were imported."""

from array import array

from hypothesis import given
from hypothesis import strategies as st

from app.core.store.columns import DeviceColumns, order_of, ranked_order


@given(st.lists(st.integers(0, 6)))
def test_an_order_by_rank_is_the_stable_sort(ranks):
    expected = sorted(range(len(ranks)), key=ranks.__getitem__)
    assert list(ranked_order(array("I", ranks), 7)) == expected


@given(st.lists(st.text(max_size=3), max_size=60))
def test_an_order_by_any_key_is_the_stable_sort(keys):
    assert list(order_of(keys)) == sorted(range(len(keys)), key=keys.__getitem__)


@given(st.sets(st.integers(1, 10**6), max_size=200), st.randoms())
def test_devices_are_found_by_id_in_any_number(ids, random):
    columns = DeviceColumns(ids=array("q", sorted(ids)))
    wanted = list(ids)
    random.shuffle(wanted)
    assert [columns.ids[p] for p in columns.positions(wanted)] == wanted


def test_a_large_project_sorts_every_device_read_a_slice_at_a_time(tmp_path):
    from app.core.store.project import Project
    from tests.core.store.test_project import _devices

    project = Project(tmp_path / "p.vetted")
    project.import_devices(reversed(_devices(30_000)), "a.xlsx")  # ids in the reverse order of serials
    serials = {d.id: d.serial for d in project.devices()}
    by_serial = project.ids_sorted_on("serial")
    assert len(by_serial) == 30_000 and [serials[i] for i in by_serial] == sorted(serials.values())
