import React from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useTranslation, type ActionProps } from 'adminjs';
import { Box, Button, DrawerContent, H3, Icon, Text } from '@adminjs/design-system';

/** The list's own query (its filters and sort), which the drawer keeps in its address. */
const LIST_KEYS = /^(filters\.|sortBy$|direction$)/;

/**
 * Xuất Excel: the list behind the drawer, with the filters and sort it shows, as an .xlsx file. The server
 * reads it through the same data layer as the list, so the file holds exactly the rows the list may show.
 */
const ExportList = (props: ActionProps) => {
  const { resource } = props;
  const location = useLocation();
  const navigate = useNavigate();
  const { tl } = useTranslation();
  const query = new URLSearchParams([...new URLSearchParams(location.search)].filter(([key]) => LIST_KEYS.test(key)));
  const filtered = [...query.keys()].some((key) => key.startsWith('filters.'));
  const root =
    (window as unknown as { REDUX_STATE?: { paths?: { rootPath?: string } } }).REDUX_STATE?.paths?.rootPath ?? '/admin';
  const suffix = query.toString() ? `?${query}` : '';
  const href = `${root}/exports/resources/${encodeURIComponent(resource.id)}.xlsx${suffix}`;
  return (
    <DrawerContent>
      <H3>{`Xuất Excel: ${tl(resource.id, resource.id, { defaultValue: resource.name })}`}</H3>
      <Text mb="xl">
        {filtered ? 'Xuất danh sách theo bộ lọc đang áp dụng.' : 'Xuất toàn bộ danh sách bạn được xem.'}
      </Text>
      <Box flex>
        <Button as="a" href={href} download variant="contained" data-testid="export-xlsx" mr="default">
          <Icon icon="Download" />
          Tải tệp Excel (.xlsx)
        </Button>
        <Button
          variant="outlined"
          onClick={() => {
            navigate(`${root}/resources/${encodeURIComponent(resource.id)}${suffix}`);
          }}
        >
          Đóng
        </Button>
      </Box>
    </DrawerContent>
  );
};

export default ExportList;
