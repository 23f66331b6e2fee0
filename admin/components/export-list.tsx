import React from 'react';
import { useLocation } from 'react-router';
import { type ActionProps } from 'adminjs';
import { Box, Button, Icon, Text } from '@adminjs/design-system';

/** The list's own query (its filters and sort), which the drawer keeps in its address. */
const LIST_KEYS = /^(filters\.|sortBy$|direction$)/;

/**
 * Xuất Excel: the list behind the drawer, with the filters and sort it shows, as an .xlsx file. The server
 * reads it through the same data layer as the list, so the file holds exactly the rows the list may show.
 */
const ExportList = (props: ActionProps) => {
  const { resource } = props;
  const location = useLocation();
  const query = new URLSearchParams([...new URLSearchParams(location.search)].filter(([key]) => LIST_KEYS.test(key)));
  const filtered = [...query.keys()].some((key) => key.startsWith('filters.'));
  const root = (window as unknown as { REDUX_STATE?: { paths?: { rootPath?: string } } }).REDUX_STATE?.paths?.rootPath ?? '/admin';
  const href = `${root}/exports/resources/${encodeURIComponent(resource.id)}.xlsx${query.toString() ? `?${query}` : ''}`;
  return (
    <Box>
      <Text mb="lg">{filtered ? 'Xuất danh sách theo bộ lọc đang áp dụng.' : 'Xuất toàn bộ danh sách bạn được xem.'}</Text>
      <Button as="a" href={href} download variant="contained" data-testid="export-xlsx">
        <Icon icon="Download" />
        Tải tệp Excel (.xlsx)
      </Button>
    </Box>
  );
};

export default ExportList;
