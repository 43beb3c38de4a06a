"""The list of networks the consultant picks from: names with addresses, loopback last."""

from __future__ import annotations

import ipaddress
import sys

import pytest

from cjm_designer.room import interfaces as module


def test_every_row_is_a_name_and_an_ipv4_address_with_loopback_last():
    rows = module.interfaces()
    assert rows and rows[-1][1].startswith("127.")
    for name, address in rows:
        assert name
        assert isinstance(ipaddress.ip_address(address), ipaddress.IPv4Address)
    assert len({address for _name, address in rows}) == len(rows)
    assert "0.0.0.0" not in {address for _name, address in rows}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="kernel interface list")
def test_linux_names_the_loopback_interface():
    assert ("lo", "127.0.0.1") in module._linux()


def test_without_a_readable_list_loopback_is_still_offered(monkeypatch):
    monkeypatch.setattr(module, "_linux", list)
    monkeypatch.setattr(module, "_by_host_name", list)
    assert module.interfaces() == [module.LOOPBACK]
